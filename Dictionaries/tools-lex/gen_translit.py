"""Generate ../translit.tsv: characters of the Xinhua transliteration table for foreign names.

A run of these characters (阿卜杜勒, 布林肯) is how the person and place recognisers spot a
transliterated foreign name; the `translit_sep` lines are the dots between its parts (·, •, ‧ and the
look-alikes seen in news text). `rank=` is derived: each character's frequency in the jieba 0.42.1
dictionary entries of 3+ characters tagged nrt/ns whose characters are all in this table
(frequency-weighted), so common transliteration characters (斯 尔 特 ...) rank first.
"""
import os

from lexcommon import site_packages, write_tsv

# General knowledge: the characters of the Xinhua "Names of the World's Peoples" transliteration table
# (世界人名翻译大辞典 / 外国地名译名手册 conventions), simplified forms.
TABLE = """
阿 埃 艾 爱 安 昂 奥 敖 巴 拜 班 邦 包 保 鲍 贝 本 比 彼 毕 边 宾 波 伯 博 布 查 柴 彻 楚 茨 达 戴 丹 当 道 德 得 登 迪 蒂 丁 东
杜 顿 多 厄 恩 尔 法 凡 范 方 菲 费 芬 丰 冯 佛 夫 弗 伏 福 富 盖 甘 冈 高 戈 哥 格 根 贡 古 瓜 圭 哈 海 汉 罕 豪 浩 赫 黑 亨 洪
胡 华 怀 霍 基 吉 季 加 贾 简 杰 捷 金 晋 京 久 卡 凯 坎 康 考 柯 科 克 肯 孔 库 夸 奎 昆 拉 莱 赖 兰 朗 劳 勒 雷 蕾 黎 里 理 丽
利 莉 力 立 连 廉 列 林 琳 铃 卢 鲁 路 伦 罗 洛 吕 律 马 玛 迈 麦 曼 芒 毛 茂 梅 美 门 蒙 孟 米 密 明 缪 莫 墨 默 姆 穆 纳 娜 奈
南 内 尼 妮 宁 纽 努 诺 欧 帕 派 潘 庞 佩 彭 皮 平 坡 珀 普 齐 奇 琪 恰 钱 乔 切 琼 丘 萨 塞 赛 桑 瑟 森 沙 莎 山 尚 绍 舍 申 圣
施 什 史 舒 斯 松 宋 苏 索 塔 泰 坦 汤 唐 陶 特 滕 提 汀 通 图 土 托 瓦 万 汪 旺 威 韦 维 温 文 翁 沃 乌 伍 武 西 希 锡 夏 香 肖
谢 辛 欣 休 修 许 雅 亚 扬 杨 耶 叶 伊 因 英 尤 于 约 泽 扎 詹 兹 朱 祖 左 佐 仑 玻 埔 岑 喀 嘉 缅 泊 拿 柏 亥 荷 迦 蒲 耳 俄
延 若 涅 坚 契 钦 聂 娃 娅 瑙 茹 廷 卓 哲 瑞 琴 翰 斐 蓬 逊 敦 黛 丝 芙 露 茜 隆 赞 吞 沁 屈 芭
勃 热 别 居 嘎 噶 宰 采
""".split()

SEPARATORS = ["·", "•", "‧", "・", "･", "∙", "⋅", "●", "▪", "．"]


def main():
    site_packages()
    import jieba
    table = list(dict.fromkeys(TABLE))
    allowed = set(table)
    weight = {ch: 0 for ch in table}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) < 3 or parts[2] not in ("nrt", "ns") or len(parts[0]) < 3:
                continue
            word = parts[0]
            if all(ch in allowed for ch in word):
                for ch in word:
                    weight[ch] += int(parts[1]) + 1
    ordered = sorted(table, key=lambda ch: (-weight[ch], table.index(ch)))
    rows = [(ch, "translit", "", {"rank": rank}) for rank, ch in enumerate(ordered, start=1)]
    rows += [(sep, "translit_sep", "", {}) for sep in SEPARATORS]
    write_tsv("translit.tsv", "Characters of the Xinhua transliteration table for foreign names, and name separators",
              "general knowledge: Xinhua transliteration table conventions (世界人名翻译大辞典); rank derived "
              "from PyPI jieba 0.42.1 dict.txt (nrt/ns entries of 3+ characters made only of these characters)",
              "public domain (facts); jieba MIT",
              rows,
              notes=["rank: 1 = most frequent in transliterated names",
                     "translit_sep: dot characters that separate the parts of a transliterated name"])


if __name__ == "__main__":
    main()
