"""The settings form of an Incadea DMS: Business Central online, on premises, or an
address as typed."""
