/** Contract types for agenda (filled by that feature's work). */
export {};
