"""Organizations (startups, corporates, city agencies, partners, the centre) and their members."""
