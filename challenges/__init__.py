"""Challenges, startup profiles and applications."""
