import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { User } from "../user";

/**
 * A console session. The cookie holds a random token; only its SHA-256 is
 * stored, so a copy of this table cannot be replayed as cookies.
 */
@Entity("session")
export class Session {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("session_token_hash_key", { unique: true })
  @Column({ name: "token_hash", type: "char", length: 64 })
  tokenHash: string;

  @Index("session_user_id_idx")
  @Column({ name: "user_id", type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "session_user_id_fkey" })
  user?: Relation<User>;

  @CreateDateColumn({ name: "created_at", type: "timestamptz", precision: 3 })
  createdAt: Date;

  @Column({ name: "expires_at", type: "timestamptz", precision: 3 })
  expiresAt: Date;

  @Column({ name: "last_seen_at", type: "timestamptz", precision: 3 })
  lastSeenAt: Date;
}
