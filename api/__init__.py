"""The HTTP API and the web page: a read-only view of the store and its search index."""
