import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OccupantKind } from '../../../src-shared/modules/directory';

@Entity('buildings')
export class Building {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'created_at', type: 'text' })
  createdAt: string;
}

@Entity('units')
export class Unit {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'building_id', type: 'integer' })
  buildingId: number;

  @ManyToOne(() => Building, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'building_id' })
  building?: Building;

  @Column({ type: 'text', default: '' })
  entrance: string;

  @Column({ type: 'text' })
  room: string;

  @Column({ type: 'text', unique: true })
  label: string;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'created_at', type: 'text' })
  createdAt: string;
}

@Entity('occupants')
export class Occupant {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'unit_id', type: 'integer' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OccupantKind;

  @Column({ type: 'text', default: '' })
  phone: string;

  @Column({ name: 'parcel_consent', type: 'boolean', default: false })
  parcelConsent: boolean;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_at', type: 'text' })
  createdAt: string;

  @Column({ name: 'updated_at', type: 'text' })
  updatedAt: string;
}
