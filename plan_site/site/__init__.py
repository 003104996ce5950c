"""The website: routes (every page path), labels (interface words), renderers of Markdown, templates."""
