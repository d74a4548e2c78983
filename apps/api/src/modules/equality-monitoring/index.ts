/**
 * What other features may use of equality monitoring: nothing. Answers leave
 * this module only as disclosure-controlled counts (fairSelection).
 */
export {};
