/** What other features may use of signing in: password hashing and sessions (ended when a user changes). */
export { hashPassword, verifyPassword } from "./password";
export { Session } from "./session.entity";
export { clearAccountThrottle } from "./login-throttle";
