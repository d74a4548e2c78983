/** What other features may use of WRES (nothing yet: its figures leave through its own resolvers). */
export {};
