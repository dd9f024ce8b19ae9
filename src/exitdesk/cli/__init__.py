"""The command line: the same services as the window, scriptable; errors are one plain line.

``main`` builds the parser and runs a command; ``common`` holds what every command group shares
(the vault options, the opener, JSON output); each ``*_commands`` module is one command group.
"""
