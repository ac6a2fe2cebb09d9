"""navotop's user interface: the `navotop` command and the Textual app. Holds no arithmetic."""
