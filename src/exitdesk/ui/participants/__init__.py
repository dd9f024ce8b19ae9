"""The participants list: a paged table model over the services, its page and the new dialog."""
