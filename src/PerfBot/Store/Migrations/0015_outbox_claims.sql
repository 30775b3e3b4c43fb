-- Who holds an outbox row's lease: each claim of a batch has its own token, so a sender renews or gives back only the
-- rows it still holds, never rows another instance took over after its lease ran out.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
