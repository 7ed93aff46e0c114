"""Invitations: how organizers bring challenge owners and judges into a program."""
