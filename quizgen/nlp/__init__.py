"""NLP annotation with NLTK: tokens, tags, chunks, entity kinds."""
