"""Widgets of the reader: source view, row lists (reports, timeline, facts), header, search bar."""
