/** Contract types for agenda-export (filled by that feature's work). */
export {};
