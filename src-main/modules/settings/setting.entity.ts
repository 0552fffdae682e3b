import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('settings')
export class Setting {
  @PrimaryColumn({ type: 'text' })
  key: string;

  /** JSON-encoded value. */
  @Column({ type: 'text' })
  value: string;
}
