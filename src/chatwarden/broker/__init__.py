"""The NATS JetStream transport: chats partitioned over subjects, workers that lease partitions.

Layout (:mod:`.layout`): one stream, ``CHATWARDEN_EVENTS``, with subjects ``events.<p>`` for
``p`` in ``0..P-1``. A chat's partition is a stable hash of its id, so a chat's events stay in
one subject, in the order they were published. ``P`` is fixed when the stream is created (it is
kept in the stream's metadata; ingest and workers read it from there).

Intake (:mod:`.ingest`): each event is published with ``Nats-Msg-Id`` = its id, so JetStream's
duplicate window drops a re-published event (a Telegram update fetched twice, a Matrix event
resent). A duplicate older than the window still reaches a worker, where the runtime's event-id
idempotency skips it: the window saves work, the ledger is what makes it exactly once.

Work (:mod:`.worker`): one durable pull consumer per partition (explicit acks, at most one batch
outstanding), and a worker owns a partition by a lease in the KV bucket ``CHATWARDEN_LEASES``
(TTL'd, renewed with compare-and-set). Each worker also keeps a ``member.<name>`` key alive, so
every worker knows how many there are and takes its fair share, ``ceil(P / workers)``: a
joining worker picks up the partitions others gave back, a leaving one deletes its leases, a
crashed one's leases lapse after the TTL. The stream is a work queue (an acked event leaves
it), so whoever takes a partition makes its consumer afresh and starts at the oldest un-acked
event. A batch is acked only after the handler (the runtime: decide, then commit) returned; one
that raises stays un-acked and comes again, first, in order.

:mod:`.serve` wires a worker to the runtime and its ledger; :mod:`.server` starts a local
``nats-server``; :mod:`.bench` measures the whole path.
"""
