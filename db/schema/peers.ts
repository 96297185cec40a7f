/** Peer exchange: imported packs, peer projects, partnerships (filled by the peer-exchange work). */
export {};
