/** Contract types for spreadsheets (filled by that feature's work). */
export {};
