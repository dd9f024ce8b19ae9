"""The encrypted vault: the only package that runs SQL."""
