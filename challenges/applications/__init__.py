"""Applications to challenges: drafts, submitted versions with receipts, pitch decks, dashboards."""
