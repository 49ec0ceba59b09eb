"""What kg knows independently of any article: UN members, resolutions and official votes.

``load`` reads data/reference into ``Reference``; ``lookup`` resolves what a user types to it;
``imported``, ``import_votes`` and ``import_resolutions`` keep what a user imports in the store;
``bootstrap`` keeps a store's reference and ontology graphs current.
"""
