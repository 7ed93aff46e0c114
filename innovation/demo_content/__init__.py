"""Demo content of the Open Innovation Day program: challenge owners, challenges, startups, applications."""
