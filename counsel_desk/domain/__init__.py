"""Plain data and rules. Imports nothing of storage, services or ui, and no Qt."""
