"""Startup profiles shared by a team, the team's invitations, and a startup's own data."""
