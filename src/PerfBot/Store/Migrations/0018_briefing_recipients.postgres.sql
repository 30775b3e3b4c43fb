-- The people a committee names for its pre-meeting brief besides its chair, each by Entra object id or email: the
-- scheduled brief goes to them, and they (with the chair) are the only ones who may ask for it in chat.
CREATE TABLE briefing_recipients (
    committee_id    BIGINT NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    recipient       TEXT NOT NULL,          -- an Entra object id, or an email in lower case
    added_at        TEXT NOT NULL,
    PRIMARY KEY (committee_id, recipient)
);
