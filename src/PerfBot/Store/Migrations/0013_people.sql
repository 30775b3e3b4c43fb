-- People PerfBot has met in Teams, with the email and UPN the chat's roster gave: an owner or data officer named by email
-- is matched to their Entra object id once, and can then be reached in a 1:1 chat (nudges, sync failures).
CREATE TABLE people (
    aad_object_id   TEXT PRIMARY KEY,
    name            TEXT,
    email           TEXT,                   -- lower case
    user_principal_name TEXT,               -- lower case
    seen_at         TEXT NOT NULL
);
CREATE INDEX ix_people_email ON people (email);
CREATE INDEX ix_people_upn ON people (user_principal_name);
