"""Developer tools: building forms and resources."""
