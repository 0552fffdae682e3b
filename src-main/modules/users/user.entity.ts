import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** Comma-separated role names. */
  @Column({ type: 'text' })
  roles: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Column({ name: 'failed_count', type: 'integer', default: 0 })
  failedCount: number;

  @Column({ name: 'locked_until', type: 'text', nullable: true })
  lockedUntil: string | null;

  @Column({ name: 'created_at', type: 'text' })
  createdAt: string;

  @Column({ name: 'last_login_at', type: 'text', nullable: true })
  lastLoginAt: string | null;

  /** The user's department (000 §5.6.4c: a department head approves C-level borrowing of their own department). */
  @Column({ name: 'department_id', type: 'integer', nullable: true })
  departmentId: number | null;
}
