"""Documents generated from .docx templates (docxtpl in a sandboxed Jinja environment): what a
template can print (template_context), the words in the office's language (template_texts),
the safe rendering (template_sandbox) and the generation stored in the case (document_templates).
"""
