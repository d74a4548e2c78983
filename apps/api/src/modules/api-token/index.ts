/** What other features may use of API tokens (nothing yet: partners are recognised by the module's authenticator). */
export {};
