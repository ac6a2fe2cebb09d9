"""navotop's engine: scenario files in, a polars table of every measure out.

Nothing in this package imports Textual or rich, so the CLI's computing subcommands start fast and
the engine can be used from a notebook or a script (a test runs `import core` in a subprocess and
checks `sys.modules`).
"""
