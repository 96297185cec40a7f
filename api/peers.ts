/** Contract types for peers (filled by that feature's work). */
export {};
