"""E-mail: an outbox table filled by operations and emptied by an RQ job."""
