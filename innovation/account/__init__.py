"""The signed-in user's own account: name, language, password, e-mail address and sessions."""
