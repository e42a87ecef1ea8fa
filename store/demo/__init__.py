"""The demo catalog: a realistic Pause Play Repeat store for the local creator (ppr-video demo-data)."""
