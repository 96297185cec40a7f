-- Full-text search over the workspace. Text is stored already folded for German
-- (ä→ae, ö→oe, ü→ue, ß→ss) by the core, so "Bürger" and "Buerger" meet.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `entity` UNINDEXED,
  `entity_id` UNINDEXED,
  `title`,
  `body`,
  tokenize = 'unicode61 remove_diacritics 2'
);
