"""Search indexes derived from the store: one interface, an embedded and a cluster backend."""
