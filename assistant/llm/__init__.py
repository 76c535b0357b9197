"""The LLM layer: settings, one langchain client, prompts from files, redaction, tasks.

Only ``client.py`` imports langchain. Everything else works with plain pydantic models
so the offline engine never pays for the import.
"""
