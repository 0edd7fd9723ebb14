// test/ingest/programs-works.test.ts — a …工程/…示范项目 named by a place below the county and a description of works is a
// construction project of that place, and a national campaign description used as a class (美丽乡村建设工程) is generic:
// neither is a named public program. Named programs with the same heads still count.

import { runRows } from './programs-rows.ts';

describe('local works are projects', () => {
  runRows([
    ['木洞镇农村饮水整体提升改造工程已完工,石桥村道路硬化工程正在施工。', {}],
    ['实施X片区丘陵山区高标准农田改造提升示范项目,推进城关街道老旧小区改造工程。', {}],
    ['扩建城南污水处理厂二期工程,新建幸福村便民桥工程,实施白马镇集镇风貌提升工程。', {}],
    ['全县继续推进美丽乡村建设工程和人居环境整治工程。', {}],
    // A county or district and a generic description of works.
    ['实施巫溪县高标准农田建设示范项目,推进彭水县人居环境整治示范项目,建设武隆区美丽乡村示范工程。', {}],
    // Built objects: lines, hubs, hospitals, rivers, sections of a line.
    ['推进成渝中线高铁工程、渝湘高铁重庆至黔江段工程、重庆东站综合交通枢纽工程、轨道交通18号线工程。', {}],
    [
      '推进大足区中小河流治理工程,开展渝西水资源配置工程建设,实施巴南区人民医院改扩建工程,推进市急救医疗中心迁建工程。',
      {},
    ],
    // Water, flood and civil-defence works: dredging, drainage, irrigation, lighting and shelters are built, not run.
    ['实施重点山洪沟防洪治理工程,推进河道疏浚工程和农村除涝工程,完成场镇路灯亮化工程。', {}],
    ['加快单建式人防工程建设,推进小桥涵工程、灌排工程和大提水工程,实施下农村饮用水工程。', {}],
    // Kinds of works by their field (灌溉与排水工程, 灌区骨干工程), and an enterprise's name (…消防工程有限公司).
    ['灌溉与排水工程指为防治农田旱涝的工程,加强田间灌排工程与灌区骨干工程的衔接配套。', {}],
    ['我局委托云南迪集消防工程有限公司完成塔苞谷么村消防安全规划。', {}],
    // A work of the people's livelihood is praise for works, not the name of one.
    ['把老旧小区改造作为民心工程、惠民工程来抓。', {}],
  ]);
});

describe('named programs with a works head', () => {
  runRows([
    ['组织开展2024年度重庆市标准化试点示范项目申报工作。', { 重庆市标准化试点示范项目: 'initiative' }],
    [
      '实施人才培育工程,推进以工代赈工程,开展科技成果进区县行动。',
      {
        人才培育工程: 'initiative',
        以工代赈工程: 'initiative',
        科技成果进区县行动: 'initiative',
      },
    ],
    // Counting villages is not naming one.
    [
      '浙江省深化千村示范万村整治工程,福建省实施一村一品示范项目。',
      {
        千村示范万村整治工程: 'initiative',
        一村一品示范项目: 'initiative',
      },
    ],
  ]);
});
