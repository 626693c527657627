/**
 * What the respondents of a case did: an SKB 2022 item that fits the candidate stage of the day
 * (before 22 Sep 2024 the bakal calon items, from then on the calon items), drawn by how often
 * KASN met each kind of conduct in Pilkada 2020 (social media first, then attending
 * declarations and campaigns, then photos with a candidate), and an incident that shows it.
 */
import { defaultRulebook, type IsoDate, type SkbCode } from '@netra/core';
import type { Chooser } from '../generators/chooser.js';
import { skbCodesFor, stageOn } from '../generators/decisions.js';
import type { Jurisdiction } from '../generators/regions.js';

/** Relative frequency of each item; items not listed weigh 1. */
const WEIGHTS: Readonly<Partial<Record<SkbCode, number>>> = {
  'KE-2': 14,
  'KE-4': 14,
  'KE-3': 8,
  'KE-5': 8,
  'KE-6': 5,
  'KE-1': 3,
  'D-2': 16,
  'D-6': 16,
  'D-4': 10,
  'D-7': 10,
  'D-1': 3,
  'D-3': 3,
  'D-8': 4,
  'D-12': 2,
  'D-10': 2,
};

const SOCIAL = [
  'Akun Facebook pribadi terlapor',
  'Akun Instagram terlapor',
  'Grup WhatsApp warga',
  'Akun TikTok terlapor',
];

/** Places and descriptions by kind of conduct (the ethics item and its discipline counterpart share one). */
const CONDUCT: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  banner: [
    ['Halaman rumah terlapor', 'Pagar sekolah tempat terlapor bertugas'],
    ['Terlapor memasang spanduk bergambar pasangan calon di halaman rumahnya.'],
  ],
  online: [
    SOCIAL,
    [
      'Terlapor mengunggah ajakan memilih pasangan calon di media sosial.',
      'Terlapor membagikan video kampanye pasangan calon disertai ajakan memilih.',
    ],
  ],
  rally: [
    ['Lapangan kecamatan', 'Gedung serbaguna kabupaten', 'Balai desa'],
    [
      'Terlapor menghadiri deklarasi pasangan calon dan ikut meneriakkan yel-yel dukungan.',
      'Terlapor hadir dalam kampanye terbuka dan naik ke panggung menyatakan dukungan.',
    ],
  ],
  engage: [
    SOCIAL,
    [
      'Terlapor memberi tanda suka dan komentar dukungan pada unggahan akun kampanye.',
      'Terlapor bergabung dan aktif dalam grup kampanye pasangan calon.',
    ],
  ],
  photo: [
    SOCIAL,
    [
      'Terlapor berfoto bersama pasangan calon dengan simbol jari nomor urut.',
      'Terlapor mengunggah foto bersama tim kampanye dengan atribut partai.',
    ],
  ],
  party: [
    ['Kantor partai politik', 'Rumah makan di pusat kota'],
    [
      'Terlapor mendaftar ke partai politik sebagai bakal calon tanpa cuti di luar tanggungan negara.',
    ],
  ],
  organise: [
    ['Rumah terlapor', 'Aula kantor kecamatan', 'Balai RW'],
    [
      'Terlapor mengumpulkan warga dan membagikan bahan kampanye pasangan calon.',
      'Terlapor mengadakan pertemuan dengan guru honorer dan mengarahkan pilihan mereka.',
    ],
  ],
  team: [
    ['Posko pemenangan pasangan calon'],
    ['Terlapor tercatat sebagai anggota tim pemenangan pasangan calon.'],
  ],
  decision: [
    ['Kantor terlapor', 'Kantor desa'],
    ['Terlapor menyalurkan bantuan sosial disertai ajakan memilih pasangan calon tertentu.'],
  ],
  other: [
    ['Kantor terlapor', 'Rapat koordinasi dinas'],
    ['Terlapor menyatakan dukungan kepada pasangan calon dalam rapat dinas.'],
  ],
};

const CONDUCT_OF: Readonly<Record<SkbCode, string>> = {
  'KE-1': 'banner',
  'KE-2': 'online',
  'KE-3': 'rally',
  'KE-4': 'engage',
  'KE-5': 'photo',
  'KE-6': 'rally',
  'KE-7': 'rally',
  'D-1': 'banner',
  'D-2': 'online',
  'D-3': 'party',
  'D-4': 'rally',
  'D-5': 'party',
  'D-6': 'engage',
  'D-7': 'photo',
  'D-8': 'organise',
  'D-9': 'team',
  'D-10': 'team',
  'D-11': 'organise',
  'D-12': 'decision',
  'D-13': 'other',
};

/** The SKB item of conduct on `conductOn`, drawn by frequency among the items of its stage. */
export const drawSkbCode = (c: Chooser, conductOn: IsoDate): SkbCode => {
  const fitting = skbCodesFor(defaultRulebook, stageOn(defaultRulebook, 'PILKADA_2024', conductOn));
  return c.weighted(fitting.map((code) => [WEIGHTS[code] ?? 1, code] as const));
};

/** The incident of a case: the day, a place and a description of conduct under `code`. */
export const describeIncident = (
  c: Chooser,
  code: SkbCode,
  occurredOn: IsoDate,
  j: Jurisdiction,
) => {
  const [places, descriptions] = CONDUCT[CONDUCT_OF[code]] ?? CONDUCT.other ?? [[], []];
  const where = c.pick(places);
  return {
    occurredOn,
    place:
      where.startsWith('Akun') || where.startsWith('Grup') ? where : `${where}, ${j.region.name}`,
    description: c.pick(descriptions),
  };
};
