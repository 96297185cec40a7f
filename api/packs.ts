/** Contract types for packs (filled by that feature's work). */
export {};
