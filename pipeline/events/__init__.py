"""Events: the real-world meetings that records (pages) announce or report, matched across sources.

A record is one page; an event is one meeting. `mentions` turns each dated event of a record
into a mention, `decision` says whether two mentions name the same meeting and why,
`matcher` groups mentions into events with blocking by day and place, `roles` and
`canonical` describe each event from its members, and `tables` keeps them in the store.
"""
