"""Qt views: one module per window or dialog, each owning a compiled form by composition."""
