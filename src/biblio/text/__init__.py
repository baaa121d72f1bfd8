"""Reading articles as users have them: repair damaged glyphs, pull out the footnotes."""
