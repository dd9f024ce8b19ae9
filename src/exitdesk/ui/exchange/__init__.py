"""The contacts and exchange screen: contacts with safety numbers, the export wizard, bundle import
with a preview, and conflicts resolved side by side."""
